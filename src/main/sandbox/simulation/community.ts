// The training community: people a health-improvement comms officer meets on X. All invented
// (NHS trust names too), so nothing here impersonates a real person or organisation.
import type { SandboxUser } from '../model';

/** How a member speaks in chats ("On our ward, …", "As a carer, …"). */
export type CommunityRole = 'nurse' | 'gp' | 'doctor' | 'carer' | 'patient' | 'qi' | 'pharmacy' | 'ahp' | 'trust' | 'other';

export interface CommunityMember {
  username: string;
  name: string;
  role: CommunityRole;
  location: string;
  bio: string;
}

type Row = [username: string, name: string, role: CommunityRole, location: string, bio: string];

const ROWS: readonly Row[] = [
  ['nurse_priya', 'Priya Sharma', 'nurse', 'Leicester', 'Ward sister, acute medicine. #Improve4Patients regular. Tea first, then PDSA. Views my own.'],
  ['DrTomGP', 'Dr Tom Okafor', 'gp', 'Sheffield', 'GP partner in a busy practice. Frailty, population health and getting the basics right.'],
  ['helen_carer', 'Helen Morris', 'carer', 'Cardiff', 'Carer for my mum. Carer voice on two NHS boards. Nothing about us without us.'],
  ['QIcoach_jess', 'Jess Whitfield', 'qi', 'Manchester', 'Quality improvement coach. Making change stick, one small test at a time. #QualityImprovement'],
  ['pharma_raj', 'Raj Mistry', 'pharmacy', 'Birmingham', 'Community pharmacist. Medicines optimisation, deprescribing and a very long queue on Mondays.'],
  ['physio_ellie', 'Ellie Barnes', 'ahp', 'Bristol', 'MSK physio and AHP lead. Movement is medicine. #AHPsIntoAction'],
  ['OT_marcus', 'Marcus Reid', 'ahp', 'Glasgow', 'Occupational therapist. Helping people do what matters to them.'],
  ['slt_sophie', 'Sophie Clarke', 'ahp', 'Norwich', "Speech and language therapist, stroke team. Communication is everyone's business."],
  ['patientleader_k', 'Kemi Adeyemi', 'patient', 'London', 'Patient leader living with lupus. Co-production, not consultation.'],
  ['midwife_laura', 'Laura Evans', 'nurse', 'Swansea', 'Community midwife. Continuity of carer, every time.'],
  ['para_dan', 'Dan Hughes', 'ahp', 'Newcastle', 'Paramedic. Pre-hospital care, handover delays and strong coffee.'],
  ['diet_anna', 'Anna Kowalski', 'ahp', 'Nottingham', 'Renal dietitian. Food first, always.'],
  ['DrSaraED', 'Dr Sara Khan', 'doctor', 'Leeds', 'Emergency medicine consultant. Flow, safety and kindness. Tweets my own.'],
  ['hca_gemma', 'Gemma Ward', 'nurse', 'Hull', 'Healthcare assistant on elderly care. The small things are the big things.'],
  ['mh_nurse_joe', 'Joe Brennan', 'nurse', 'Liverpool', 'Mental health nurse. Recovery, hope and less restrictive practice.'],
  ['QI_andy', 'Andy Fraser', 'qi', 'Edinburgh', 'Improvement advisor. Run charts, driver diagrams and bad puns.'],
  ['carer_mo', 'Mohammed Ali', 'carer', 'Bradford', 'Young carers advocate. Cared for my dad all through school. Carers need seeing.'],
  ['DrNiaPaeds', 'Dr Nia Roberts', 'doctor', 'Cardiff', "Paediatric registrar. Children's voices in service design."],
  ['pharm_lucy', 'Lucy Chen', 'pharmacy', 'Cambridge', 'Hospital pharmacist, antimicrobial stewardship. Ask me about IV to oral switch.'],
  ['ward_manager_b', 'Bev Thompson', 'nurse', 'Stoke-on-Trent', 'Ward manager. 30 years in nursing and still learning. Proud of my team.'],
  ['podiatry_sam', 'Sam Turner', 'ahp', 'Exeter', 'Podiatrist. Diabetic foot care saves legs.'],
  ['nurse_ade', 'Adebayo Johnson', 'nurse', 'Croydon', 'Practice nurse. Long-term conditions, immunisations and health inequalities.'],
  ['ruth_pvoice', 'Ruth Green', 'patient', 'York', "Patient and public voice partner. Retired teacher. Always asking 'what would make this better for you?'"],
  ['changeagent_li', 'Li Wei', 'qi', 'Coventry', 'School for Change Agents graduate. Radiographer turned change agent.'],
  ['radiog_fiona', 'Fiona McLeod', 'ahp', 'Aberdeen', 'Diagnostic radiographer. Waiting lists, workflow and the odd X-ray of a swallowed key.'],
  ['DrOwenAnaes', 'Dr Owen Price', 'doctor', 'Wrexham', 'Anaesthetist. Human factors and checklists people actually use.'],
  ['sister_grace', 'Grace Mensah', 'nurse', 'Luton', 'Theatre sister. Safety huddle every morning. #PatientSafety'],
  ['hv_claire', 'Claire Dawson', 'nurse', 'Plymouth', 'Health visitor. The first 1001 days matter most.'],
  ['carer_pete', 'Pete Walsh', 'carer', 'Blackpool', 'Husband, carer, Dementia Friend. Learning as I go.'],
  ['lived_exp_tash', 'Natasha Boyd', 'patient', 'Sunderland', 'Lived experience advisor in mental health services. Recovery is possible.'],
  ['QI_nadia', 'Nadia Hussain', 'qi', 'Oldham', 'QI lead in primary care. Data for improvement, not judgement.'],
  ['comms_ben', 'Ben Foster', 'other', 'Derby', 'NHS comms officer. Storytelling for change. Views my own.'],
  ['physio_rob', 'Rob Nolan', 'ahp', 'Belfast', 'Respiratory physio. Pulmonary rehab champion. Breathe easy.'],
  ['chaplain_mary', "Mary O'Neill", 'other', 'Preston', 'Hospital chaplain. Listening is an intervention.'],
  ['nurse_ellis', 'Ellis Carter', 'nurse', 'Southampton', 'Third-year student nurse. Asking why a lot. #StudentNurse'],
  ['DrMeeraPH', 'Dr Meera Nair', 'doctor', 'Birmingham', 'Public health registrar. Prevention is better than cure (and cheaper).'],
  ['ahp_lead_kate', 'Kate Sutton', 'ahp', 'Reading', 'Chief AHP. Fourteen professions, one team.'],
  ['pharmtech_jo', 'Jo Lawson', 'pharmacy', 'Bolton', 'Pharmacy technician. Faster discharge medicines, happier patients.'],
  ['sw_danny', 'Danny Cole', 'other', 'Brighton', 'Social worker, hospital discharge team. Home is where the care is.'],
  ['DrAmaraGP', 'Dr Amara Obi', 'gp', 'Lewisham', 'GP trainee. Health inequalities, anti-racism in medicine, and kindness.'],
  ['matron_sue', 'Sue Baxter', 'nurse', 'Lincoln', 'Matron, surgery. Falls prevention obsessive. #PatientSafety'],
  ['volunteer_ray', 'Ray Dixon', 'other', 'Ipswich', 'Hospital volunteer for ten years. Wayfinding and cups of tea.'],
  ['data_nerd_nhs', 'Tariq Aziz', 'qi', 'Manchester', 'NHS analyst. SPC charts make me happy. #QualityImprovement'],
  ['NorthmoorNHS', 'Northmoor NHS Trust', 'trust', 'Northmoor', 'Official account of Northmoor NHS Foundation Trust. Not monitored 24/7: in an emergency call 999.'],
  ['RiversideHFT', 'Riverside Health NHS FT', 'trust', 'Riverside', 'Acute and community services for Riverside and the Vale. Not monitored 24/7.'],
  ['WestbridgeICB', 'NHS Westbridge ICB', 'trust', 'Westbridge', 'NHS Westbridge Integrated Care Board. Joining up health and care for 1.2 million people.'],
  ['ValeCommunity', 'Vale Community Health', 'trust', 'The Vale', 'Community nursing, therapies and urgent response teams. #HomeFirst'],
  ['paeds_nurse_amy', 'Amy Little', 'nurse', 'Leicester', "Children's nurse, PICU. Family-centred care, always."],
  ['DrJamesFY2', 'Dr James Park', 'doctor', 'Oxford', 'Foundation doctor. My QI project on sepsis screening worked!'],
  ['carer_linda', 'Linda Shaw', 'carer', 'Stockport', 'Mum and carer to Ollie (13, complex needs). Campaigning for better transitions.'],
];

export const COMMUNITY: readonly CommunityMember[] = ROWS.map(([username, name, role, location, bio]) => ({ username, name, role, location, bio }));

/** Accounts that exist to be moderated: a spammer who hijacks hashtags and a rude regular. */
export const TROUBLEMAKERS = {
  spammer: { username: 'BestDeals4U_', name: 'Best Deals 4U', role: 'other', location: '', bio: '💰 Work from home and earn £££ 💰 DM for info' },
  critic: { username: 'fedup_frank77', name: 'Frank', role: 'other', location: 'Somewhere', bio: 'Telling it like it is. Taxpayer.' },
} as const satisfies Record<string, CommunityMember>;

const DAY_MS = 24 * 3600 * 1000;

/** The member as a user record (id and join date supplied by the caller). */
export function memberRecord(member: CommunityMember, id: string, createdAtMs: number): SandboxUser {
  return {
    id,
    username: member.username,
    name: member.name,
    description: member.bio,
    location: member.location || null,
    url: null,
    profileImageUrl: `https://pbs.twimg.com/profile_images/sandbox/${member.username.toLowerCase()}_normal.png`,
    verified: member.role === 'trust',
    protected: false,
    kind: 'community',
    createdAt: new Date(createdAtMs).toISOString(),
  };
}

/** Everyone the simulation may make post: the community, then the troublemakers. */
export const ALL_MEMBERS: readonly CommunityMember[] = [...COMMUNITY, TROUBLEMAKERS.spammer, TROUBLEMAKERS.critic];

/** Join dates spread over the last few years, fixed per member. */
export function joinedAtMs(index: number, nowMs: number): number {
  return nowMs - (90 + ((index * 97) % 2400)) * DAY_MS;
}
