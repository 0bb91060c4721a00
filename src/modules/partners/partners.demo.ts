import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits, territories } from '../../platform/org/org.tables.ts';
import { type PartnerEntry, replaceLists } from './partners.edit.ts';
import { type PartnerKind, partnerProfiles } from './partners.tables.ts';

type DemoPartner = {
  code: string;
  name: LocalisedName;
  territory: string;
  kind: PartnerKind;
  services: string[];
  districts: string[];
  contacts: PartnerEntry['contacts'];
};

/** Fictional partners for demonstrations only: the names say so, the phones and addresses lead nowhere. */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    code: 'DEMO_PARTNER_OSH_WOMEN',
    name: { ky: '«Ак-Жол» аялдар комитети (демо)', ru: 'Женский комитет «Ак-Жол» (демо)', en: 'Ak-Jol women’s committee (demo)' },
    territory: 'KG-GO',
    kind: 'womens_committee',
    services: ['psychosocial_support', 'family_mediation', 'employment'],
    districts: ['KG-GO', 'KG-O-KARASUU'],
    contacts: [{ name: 'Гүлмира Демоева', phone: '+996 000 000 101', email: 'akjol.demo@example.org' }],
  },
  {
    code: 'DEMO_PARTNER_OSH_LEGAL',
    name: { ky: '«Укук көмөгү» КЭУ (демо)', ru: 'ОО «Правовая помощь» (демо)', en: 'Legal Help NGO (demo)' },
    territory: 'KG-GO',
    kind: 'ngo',
    services: ['legal_aid', 'identity_documents', 'housing'],
    districts: ['KG-GO', 'KG-O-ARAVAN', 'KG-O-UZGEN'],
    contacts: [{ name: 'Бектур Демоев', phone: '+996 000 000 102', email: null }],
  },
  {
    code: 'DEMO_PARTNER_BISHKEK_NGO',
    name: {
      ky: '«Жаңы Кадам» коомдук бирикмеси (демо)',
      ru: 'Общественное объединение «Жаңы Кадам» (демо)',
      en: 'Jangy Kadam association (demo)',
    },
    territory: 'KG-GB-PERVOMAISKY',
    kind: 'ngo',
    services: ['psychosocial_support', 'health_substance_use', 'education', 'employment'],
    districts: ['KG-GB-PERVOMAISKY', 'KG-C-ALAMUDUN'],
    contacts: [{ name: 'Айпери Демоева', phone: '+996 000 000 103', email: 'jangykadam.demo@example.org' }],
  },
  {
    code: 'DEMO_PARTNER_JALALABAD_SCHOLARS',
    name: {
      ky: 'Диний аалымдар кеңеши, Жалал-Абад (демо)',
      ru: 'Совет религиозных учёных, Джалал-Абад (демо)',
      en: 'Council of religious scholars, Jalal-Abad (demo)',
    },
    territory: 'KG-J-JALALABAD',
    kind: 'religious_scholars_council',
    services: ['religious_dialogue', 'family_mediation'],
    districts: ['KG-J-JALALABAD', 'KG-J-SUZAK'],
    contacts: [{ name: 'Мирбек Демоев', phone: '+996 000 000 104', email: null }],
  },
];

/**
 * Adds the demo partners as organisation units of kind `partner_organisation` with their directory entries, before
 * the demo accounts (a partner worker's account hangs off one). A partner that already exists is left alone.
 */
export async function loadDemoPartners(db: Database): Promise<void> {
  const codes = DEMO_PARTNERS.flatMap((partner) => [partner.territory, ...partner.districts]);
  const places = new Map(
    (await db.select({ id: territories.id, code: territories.code }).from(territories).where(inArray(territories.code, codes))).map(
      (row) => [row.code, row.id],
    ),
  );
  const [parent] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'CIVIL_SOCIETY_OTHER'));
  for (const partner of DEMO_PARTNERS) {
    await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, partner.code));
      if (existing) return;
      const [unit] = await tx
        .insert(orgUnits)
        .values({
          code: partner.code,
          kind: 'partner_organisation',
          parentId: parent?.id ?? null,
          territoryId: places.get(partner.territory) ?? null,
          name: partner.name,
          shortName: partner.name,
        })
        .returning({ id: orgUnits.id });
      await tx.insert(partnerProfiles).values({ unitId: unit!.id, kind: partner.kind });
      await replaceLists(tx, unit!.id, {
        kind: partner.kind,
        description: null,
        services: partner.services,
        districtIds: partner.districts.flatMap((code) => places.get(code) ?? []),
        contacts: partner.contacts,
      });
    });
  }
}
