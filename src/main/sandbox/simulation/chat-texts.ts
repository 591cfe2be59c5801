// What people say in a tweet chat. Answers are built from an opener that fits the speaker's role
// and a core idea, so a few dozen phrases give hundreds of distinct, plausible posts.
import type { CommunityRole } from './community';
import type { Rng } from './random';

const OPENERS: Record<CommunityRole, readonly string[]> = {
  nurse: ['On our ward, ', 'In nursing, ', 'At the bedside, ', 'Speaking as a nurse, '],
  gp: ['In general practice, ', 'At our surgery, ', 'In primary care, '],
  doctor: ['In our department, ', 'As a doctor, ', 'On the shop floor, '],
  carer: ['As a carer, ', 'For families, ', 'Speaking as a carer, '],
  patient: ['As a patient, ', 'From lived experience, ', 'Speaking as a patient leader, '],
  qi: ['From a QI view, ', 'As an improvement coach, ', 'Data-wise, '],
  pharmacy: ['In pharmacy, ', 'In the dispensary, ', 'Medicines-wise, '],
  ahp: ['As an AHP, ', 'In therapies, ', 'For our team, '],
  trust: ['At our trust, ', 'Across our services, '],
  other: ['For me, ', 'Honestly, ', 'In my experience, '],
};

const CORES: readonly string[] = [
  'start small: one ward, one week, one measure',
  'ask patients what matters to them before we design anything',
  'protected time for improvement makes all the difference',
  'psychological safety comes first, or nobody speaks up',
  'a daily ten-minute huddle changed how we work',
  'we co-designed the discharge letter with carers and it is so much clearer',
  'run charts beat RAG ratings every time',
  'celebrate the small wins loudly',
  'the best ideas came from our porters and domestics',
  'we stopped doing things nobody could explain the reason for',
  'involve the people doing the work, not just the people managing it',
  'PDSA cycles kept us honest about what actually worked',
  'listening to complaints as free consultancy helped us',
  'shadowing a patient for a day showed us the real problems',
  'kindness is a quality intervention',
  'sharing stories of change spreads it faster than any report',
  'leaders asking "how can I help?" instead of "why is this late?"',
  'we measured waiting time from the patient side, not ours',
  'peer support between wards meant we did not reinvent the wheel',
  'we gave every new starter a QI buddy',
  'fewer meetings, more time at the front line',
  'giving carers a named contact cut the phone calls in half',
  'a simple checklist reduced missed doses on our unit',
  'admitting what was not working was the turning point',
  'working across health and social care, not in silos',
  'letting patients read their own notes built trust',
  'we tested a new handover sheet for two weeks before rolling it out',
  'joy in work matters: tired teams cannot improve',
];

const CLOSERS: readonly string[] = ['', '', '', ' Still learning!', ' Hard but worth it.', ' Happy to share more.', ' 💡', ' Made a real difference.'];

const REPLIES: readonly string[] = [
  'Love this! We tried something similar',
  'So true. Protected time is everything',
  'Great point, how did you get buy-in?',
  'Yes to this 👏',
  'This resonates so much',
  'Would love to hear more about how you measured it',
  'Couldn’t agree more',
  'We found the same, especially on nights',
  'Brilliant, stealing this idea for our team',
  'This is what co-production looks like',
  'Such an important point for carers too',
  'Same here. The data helped convince the board',
];

const MINGLES: readonly string[] = [
  'Joining the {tag} chat from {place} tonight, hello all 👋',
  'Late to {tag} but catching up now!',
  'So many great ideas on {tag} tonight. Taking notes 📝',
  'Love the energy on {tag} this evening',
  'First time joining {tag}, be gentle!',
  'Reading along on {tag} from a night shift in {place}',
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function welcomeText(hashtag: string, questions: number, minutes: number): string {
  return `Welcome to the ${hashtag} chat! ${questions} questions, ${minutes} minutes each. Answer with A1, A2… and the hashtag so everyone can follow 👋`;
}

export function questionText(number: number, question: string, hashtag: string): string {
  return `Q${number} ${question} ${hashtag}`;
}

export function closingText(hashtag: string): string {
  return `That's a wrap for ${hashtag}. Thank you all for such a generous conversation 💙 Summary to follow.`;
}

export function answerText(rng: Rng, role: CommunityRole, number: number, hashtag: string): string {
  const opener = rng.chance(0.6) ? rng.pick(OPENERS[role]) : '';
  const core = rng.pick(CORES);
  const body = opener ? opener + core : capitalise(core);
  return `A${number} ${body}.${rng.pick(CLOSERS)} ${hashtag}`;
}

export function replyText(rng: Rng, hashtag: string): string {
  return `${rng.pick(REPLIES)} ${hashtag}`;
}

export function mingleText(rng: Rng, hashtag: string, place: string): string {
  return rng
    .pick(MINGLES)
    .replace('{tag}', hashtag)
    .replace('{place}', place || 'home');
}

export function hostThanksText(rng: Rng): string {
  return rng.pick(['Great answer, thank you!', 'Really helpful, thanks for sharing', 'Love this 💙', 'Such a good point']);
}

/** Off-topic hashtag hijack with a link: the post a trainee should hide and the account to mute. */
export function spamText(hashtag: string, variant: number): string {
  const links = ['https://bit.ly/easy-cash-now', 'https://tinyurl.com/free-iphone-win', 'https://bit.ly/crypto-x10'];
  return `💰 Make £500 a day from home!!! No experience needed 👉 ${links[variant % links.length]} ${hashtag}`;
}

/** A harsh but civil reply to the host's question: legitimate criticism to answer, never to hide. */
export function criticText(number: number, variant: number): string {
  const lines = [
    `Honestly Q${number} feels like the wrong question while people wait 18 months for a hip op. Pointless, unless someone answers for the waits.`,
    `Seriously? Q${number} is the best you've got? Another talking shop while patients wait 12 hours in A&E.`,
  ];
  return lines[variant % lines.length] as string;
}
