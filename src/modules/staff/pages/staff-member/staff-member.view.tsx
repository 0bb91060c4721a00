import { isRole } from '../../../../platform/auth/roles.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { StaffMember } from '../../staff.models.ts';

/** "Facility manager — Colony No. 47", in the reader's language. */
export function roleAtUnit(context: PageContext, entry: StaffMember['roles'][number]): string {
  const { t, locale } = context.i18n;
  const role = isRole(entry.role) ? t(`role.${entry.role}.name`) : entry.role;
  return t('staff.member.roleAt', { role, unit: entry.unitName[locale] });
}

export function StaffMemberView({ context, member }: { context: PageContext; member: StaffMember }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={member.displayName}>
      <a href="/staff" class="govuk-back-link" safe>
        {t('staff.back')}
      </a>
      <h1 class="govuk-heading-l" safe>
        {member.displayName}
      </h1>
      <p class="govuk-body">
        <span safe>{member.username}</span>{' '}
        {member.disabled ? <Tag text={t('staff.disabled')} colour="grey" /> : <Tag text={t('staff.active')} colour="green" />}{' '}
        {member.twoFactor ? <Tag text={t('staff.twoFactorOn')} colour="blue" /> : <Tag text={t('staff.twoFactorOff')} colour="orange" />}
      </p>
      <h2 class="govuk-heading-m" safe>
        {t('staff.member.roles')}
      </h2>
      <ul class="govuk-list govuk-list--bullet">
        {member.roles.map((entry) => (
          <li safe>{roleAtUnit(context, entry)}</li>
        ))}
      </ul>
    </Layout>
  );
}
