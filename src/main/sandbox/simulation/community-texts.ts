// Everyday posts of the community and the two corporate accounts: the seed's history and the
// ambient stream both draw on these. {corp} is a corporate account's @handle.
import type { Rng } from './random';

const TAGS: readonly string[] = ['#Improve4Patients', '#QualityImprovement', '#NHS', '#PatientSafety', '#QI', '#NHSCommunity', '#SchoolForChange', '#CoProduction'];

const COMMUNITY_POSTS: readonly string[] = [
  'Our falls huddle is six weeks old and we have had two falls instead of nine',
  'Spent the morning shadowing a patient through outpatients. Eye-opening',
  'Reminder that the people closest to the problem usually know the fix',
  'First PDSA cycle done. It failed, and we learned loads',
  'Run chart on the staff room wall and everyone is talking about it',
  'Co-designed our new leaflet with three carers. Night and day difference',
  'Protected QI time on the rota this month. Small step, big signal',
  'Brilliant session today on psychological safety. Speak up, listen up, follow up',
  'What is one thing you stopped doing this year that made care better?',
  'Our discharge lounge pilot cut waits by 40 minutes on average',
  'Patient story at board today. Not a dry eye in the room',
  'Anyone got a good driver diagram template to share?',
  'Handover on our ward is now at the bedside and patients love it',
  'Heading to the regional improvement network meeting, say hi if you are there',
  'Three years of carers’ clinics and they are still full every week',
  'Data without stories is just numbers. Stories without data are just anecdotes',
  'Celebrating our pharmacy team who cut missed doses by half 👏',
  'Tried a "what matters to you" board on the ward. Patients wrote the best answers',
  'Kindness costs nothing and is still the best quality intervention we have',
  'Nights are where the real improvement ideas come from, change my mind',
  'We asked porters how to speed up transfers. They had the answer in five minutes',
  'Small tests of change, not big bang launches. Every time',
  'Proud of our student nurses leading their own QI projects this term',
  'New SPC chart training for ward managers went down a storm',
  'Our virtual ward turned one today. 600 people cared for at home',
  'If you only measure what is easy you will only improve what is easy',
  'Huge thanks to our volunteers who ran the wayfinding project',
  'Waiting-room audit done from a wheelchair. So much to fix',
];

const MENTIONS: readonly string[] = [
  'Loved the {corp} webinar on spreading change. Slides please!',
  'Just finished week two of the {corp} course and already testing ideas on our ward',
  'Thanks {corp} for the shout-out to our team 💙',
  'Is there a recording of the last chat from {corp}? Missed it on nights',
  'Three of us signed up to {corp} this morning. Let the change begin',
  'Shared the {corp} toolkit with our new starters today, it went down really well',
  'Hi {corp}, when is the next tweet chat? Our team would love to join',
  'Great blog from {corp} on co-production with carers. Worth a read',
  '{corp} your resource on run charts saved my presentation today, thank you',
  'Would love {corp} to run a session on measurement for improvement',
];

const REPLIES_TO_CORPORATE: readonly string[] = [
  'Thanks for sharing this!',
  'Will there be a recording?',
  'Signed up, see you there',
  'This is so useful, passing it on to my team',
  'Brilliant, can carers join too?',
  'Love this. Any plans for a session in the evening for shift workers?',
  'Really needed this today 💙',
  'Great to see patient leaders involved',
];

const CORPORATE_POSTS: Record<'HorizonsNHS' | 'Sch4Change', readonly string[]> = {
  HorizonsNHS: [
    'Our next #Improve4Patients chat is this week. Bring your questions and your stories',
    'New guide: measurement for improvement without the jargon #QualityImprovement',
    'What does good co-production look like in your service? Tell us #CoProduction',
    'Thank you to everyone who joined our webinar on spreading change #NHS',
    'Patient leaders are shaping our programme for next year. Find out more #Improve4Patients',
    'Five free resources for your first QI project #QI',
    'Psychological safety is where improvement starts. Our new blog #PatientSafety',
    'Celebrating the teams making change happen across health and care this week #NHSCommunity',
  ],
  Sch4Change: [
    'Registration is open for the next School for Change Agents. Free, online, for everyone #SchoolForChange',
    'Module 1 this week: change starts with you #SchoolForChange',
    'You do not need permission to start making change #SchoolForChange',
    'Our alumni are now 30,000 strong. Thank you change agents! #SchoolForChange',
    'Rocking the boat and staying in it: this week’s session #SchoolForChange',
    'Share your first act of change with us #SchoolForChange',
  ],
};

function tags(rng: Rng): string {
  return rng.sample(TAGS, rng.int(1, 2)).join(' ');
}

export function communityPostText(rng: Rng): string {
  return `${rng.pick(COMMUNITY_POSTS)} ${tags(rng)}`;
}

export function mentionText(rng: Rng, corporateUsername: string): string {
  const text = rng.pick(MENTIONS).replace('{corp}', `@${corporateUsername}`);
  return rng.chance(0.5) ? `${text} ${tags(rng)}` : text;
}

export function replyToCorporateText(rng: Rng): string {
  return rng.pick(REPLIES_TO_CORPORATE);
}

export function communityReplyText(rng: Rng): string {
  return rng.pick(['Great point!', 'Totally agree 👏', 'We found the same.', 'Love this.', 'How did you measure it?', 'Thanks for sharing', 'So true.', 'Would love to hear more', 'This 💯']);
}

/** The corporate accounts' own posts, in a fixed order so the history reads like a feed. */
export function corporatePostTexts(username: 'HorizonsNHS' | 'Sch4Change'): readonly string[] {
  return CORPORATE_POSTS[username];
}
