import type { ManualSectionText } from './manual-text.ts';

/** Kadam's manual on preventing recruitment in prisons, first version, in English (the reference wording). */
export const RECRUITMENT_EN: readonly ManualSectionText[] = [
  {
    title: 'Why this manual',
    body: `Most people in prison will never support violence. A few try to draw others into groups that do. This manual helps every member of staff notice recruitment early, report it in a few minutes and know what happens next.

Three principles guide everything in it. Staff report what they see and hear, not what they suppose. A person decides, never a list or a score: the security and psychology leads look at every report. The least restrictive measure that manages the risk is chosen, and every person is treated with dignity.`,
  },
  {
    title: 'What recruitment looks like',
    body: `Recruiters look for people who are new, young, alone, frightened, in debt or angry about their case. They offer protection, food, money, a phone or a sense of belonging, and later ask for loyalty in return.

Step by step the person is cut off from other prisoners, family and staff. The group's leader becomes the only source of truth. Tasks follow: carrying messages, hiding material, pressuring others. Refusing or leaving is punished.

Recruitment is usually quiet and slow. Small changes noticed by an officer who knows the unit are often the first sign.`,
  },
  {
    title: 'Religion is not an indicator',
    body: `Religious belief and practice are never a concern on their own. Praying, fasting, wearing religious dress, growing a beard, reading religious books or asking for an imam are rights, and the law protects them.

Reporting people for their faith harms them, wastes the leads' time and pushes people towards the recruiters who say the state is against their religion. Kadam's report form contains nothing about religion for this reason.

Report behaviour: what a person does to others, or what they say about violence.`,
  },
  {
    title: 'Behaviour-based signs',
    body: `The report form lists seven signs. Each describes behaviour that can be seen or heard:
- pressure or threats towards other prisoners or staff;
- attempts to recruit others into a group or cause that justifies violence;
- passing on, showing or copying material that calls for violence;
- forming a group around a leader or enforcing its rules on others;
- sudden withdrawal from work, education, programmes, visits and family — only together with other signs;
- statements praising, justifying or calling for violence;
- contact with people known to belong to a violent group.
One sign is not proof. Several signs, or signs that repeat, call for a closer look.`,
  },
  {
    title: 'How to report',
    body: `Use "Report a concern" in Kadam, on a computer or a tablet. It takes about two minutes: choose the person, tick what you saw or heard, add a few words of fact, name anyone else involved, and say where and when.

Write facts, not opinions: who said or did what, to whom. Do not question the person or confront the group yourself, and do not discuss the report with other prisoners.

If anyone is in immediate danger, tell the duty officer at once and report in Kadam afterwards. You can report only about people held in your own units.`,
  },
  {
    title: 'What happens next',
    body: `The security or psychology lead triages every report within the set time (normally one working day). Triage either opens an investigation or ends the matter with no further action, always with a written reason.

An investigation gathers facts from staff, records and the person. The lead then decides: no further action, an alert on the person's record, a plan of measures with a review date, a review of the person's risk assessment, or a referral to another agency. A plan is reviewed until the concern is closed.

As the reporter you can see on the person's Concerns tab where your report stands and what action was taken. The findings and reasons are seen only by the leads.`,
  },
  {
    title: 'Separation: rules and limits',
    body: `Some people must be kept apart by law: men and women, juveniles and adults, people on remand and convicted people, and people under different regimes. Each facility also has a placement policy for violent extremist prisoners: dispersal, concentration or separation.

Separation in a specialist unit is a last resort, used only when other measures cannot manage the risk, for the shortest time and with a written reason approved by a manager. Solitary confinement of more than 15 consecutive days is prolonged solitary confinement, which the UN Nelson Mandela Rules (Rules 43 to 45) prohibit. Every extension needs a new reason and approval, and the person keeps contact, activities and the right to be heard.`,
  },
  {
    title: 'Confidentiality and fairness',
    body: `Concern reports are sensitive. Open a person's record only when your work needs it: every view and change in Kadam is recorded. Do not share reports outside the people who handle them.

Be fair. Look at what people do, not at their nationality, language, region or faith. Record what the person says in reply. Anyone may challenge a decision about them, and that challenge is recorded with its outcome.

If you are unsure whether something is a concern, ask your lead. When in doubt about safety, report.`,
  },
];
