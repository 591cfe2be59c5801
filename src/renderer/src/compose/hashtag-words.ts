// The words a hashtag may be split into for a CamelCase suggestion: everyday English that turns up in
// NHS and quality-improvement hashtags, plus the acronyms people expect in capitals. Small on
// purpose: a tag that is not made entirely of these words gets no suggestion rather than a guess.
const WORDS = `
able about access acute action add after age all ambulance and annual antibiotic antibiotics
anxiety app apply appointment appointments ask autism aware awareness baby back be best better
birth blood board book booster bowel brain breast breastfeeding building call campaign cancer
cardiac care carer carers caring centre challenge change chat check checks child children choose
clinic clinical clinician clinicians coach cold community connect continuity conversation covid
crisis culture daily data day days dementia dental dentist dentistry design diabetes digital
discharge do doctor doctors donate donor drug ear early eat eating emergency end england engage
engagement equality equity every experience eye families family fast feedback first fit flu
food for forward friday from future get give go good gp gps great group hand hands happy health
healthcare healthy hear heart help hero heroes high home hope hospital hospitals hour hours
how hygiene ideas improve improvement improving in inclusion inclusive innovation inspire into
is join kind kindness know lead leader leaders leadership learn learning less life lives local
london long look lung make management maternity matter matters me medicine medicines meet meeting
mental midwife midwives mind minds monday month more move my national network neighbourhood new
news next nhs night no now nurse nurses nursing of on one online open organ our out pain
paramedic paramedics part patient patients people pharmacist pharmacists pharmacy plan please
practice prevent prevention primary proud public qi quality question questions ready recovery
research respect right role safe safer safety saturday scotland save school schools screening see self
service services share sharing sick sleep smoke smoking social speak staff stay stop story
stories strong student students suicide summer sunday support surgery system talk team teams
tell test thank thanks the therapy think thursday time tips to today together train training
transform treatment trust tuesday tweet tweetchat understand urgent us vaccine vaccines
vaccination value voice volunteer volunteers wait waiting wales walk ward wednesday week weekend well
wellbeing what when where why winter with work workforce working world young your youth
`;

/** Words that are written in capitals when they appear inside a CamelCase hashtag. */
export const ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['nhs', 'NHS'],
  ['gp', 'GP'],
  ['gps', 'GPs'],
  ['qi', 'QI'],
]);

export const HASHTAG_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
