// The chat transcript as one self-contained HTML page, to keep, mail and print: inline CSS, no
// scripts, nothing fetched (its CSP says so too). Every post appears twice: once under its question
// ("By question", welcome and closing under "General") and once in "Every post in order". Every
// piece of user text is escaped: posts and names are written by strangers. Prints on A4 without
// splitting a post or stranding a heading. A moderated post (only there when the user included them)
// carries a visible "Left out of the public version" mark. Pure.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry, ChatReport, ChatRole } from '../../../shared/chat';
import { escapeHtml } from '../../sandbox/oauth/authorize-page';
import { dateTimeLabel, zoneOf } from '../schedule/local-time';
import { leftOutReason, leftOutSentence } from './left-out';
import { postUrl } from './transcript-csv';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#0f1419;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem}h2{border-bottom:2px solid #cfd9de;margin-top:2rem}
table{border-collapse:collapse}th,td{border:1px solid #cfd9de;padding:.25rem .5rem;text-align:left}td.n{text-align:right}
dl.totals{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}dl.totals dt{font-weight:600}
ol.posts{list-style:none;padding:0}ol.posts li{border-top:1px solid #eff3f4;padding:.5rem 0;break-inside:avoid}
.meta{color:#536471;font-size:.875rem}.meta strong{color:#0f1419}.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 0}
.badge{display:inline-block;border-radius:4px;padding:0 .35rem;font-size:.75rem;font-weight:600;color:#fff;background:#536471}
.badge.host{background:#1d6fb8}.badge.cohost{background:#00695c}.badge.guest{background:#8a4b00}
.left-out{display:inline-block;margin-top:.25rem;border:1px solid #b3261e;border-radius:4px;padding:0 .35rem;font-size:.75rem;font-weight:600;color:#b3261e}
@page{size:A4;margin:18mm}
@media print{body{font-size:11pt}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}h1,h2,h3{break-after:avoid}ol.posts li,header,table,dl.totals{break-inside:avoid}}`;

const BADGE: Record<ChatRole, string | null> = { host: 'host', cohost: 'co-host', guest: 'guest', participant: null };

function post(entry: ChatEntry, zone: ReturnType<typeof zoneOf>): string {
  const { item, role } = entry;
  const at = DateTime.fromISO(item.createdAt, { zone });
  const badge = BADGE[role];
  const reason = leftOutReason(entry);
  const mark = reason === null ? '' : `<p class="left-out">Left out of the public version: ${reason}</p>`;
  return `<li data-post-id="${escapeHtml(item.id)}"${reason === null ? '' : ` data-left-out="${reason}"`}><div class="meta"><a href="${escapeHtml(postUrl(item.author.handle, item.id))}"><time datetime="${escapeHtml(at.toISO() ?? item.createdAt)}">${at.toFormat('HH:mm:ss')}</time></a> <strong>${escapeHtml(item.author.displayName)}</strong> @${escapeHtml(item.author.handle)}${badge ? ` <span class="badge ${role}">${badge}</span>` : ''}</div><p class="text">${escapeHtml(item.text)}</p>${mark}</li>`;
}

const postList = (entries: readonly ChatEntry[], zone: ReturnType<typeof zoneOf>): string =>
  entries.length === 0 ? '<p class="meta">No posts.</p>' : `<ol class="posts">${entries.map((entry) => post(entry, zone)).join('')}</ol>`;

function reportSection(report: ChatReport): string {
  const totals = [
    ['Participants', report.participants],
    ['Posts', report.posts],
    ['Answers', report.answers],
    ['Replies', report.replies],
  ]
    .map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`)
    .join('');
  const rows = report.perQuestion
    .map((q) => `<tr><th scope="row">Q${q.number}</th><td>${escapeHtml(q.text)}</td><td class="n">${q.answers}</td><td class="n">${q.replies}</td></tr>`)
    .join('');
  const top =
    report.topContributors.length === 0
      ? '<p class="meta">Nobody but the host posted.</p>'
      : `<ol>${report.topContributors.map((c) => `<li><strong>${escapeHtml(c.displayName)}</strong> @${escapeHtml(c.handle)}: ${c.posts} ${c.posts === 1 ? 'post' : 'posts'}</li>`).join('')}</ol>`;
  const leftOut = leftOutSentence(report.leftOut, report.includesModerated);
  return `<section id="report"><h2>Report</h2><dl class="totals">${totals}</dl>${leftOut ? `\n<p class="meta" id="left-out">${escapeHtml(leftOut)}</p>` : ''}
<table><caption>Per question</caption><thead><tr><th scope="col">Question</th><th scope="col">Text</th><th scope="col">Answers</th><th scope="col">Replies</th></tr></thead><tbody>${rows}</tbody></table>
<h3>Most active contributors</h3>${top}</section>`;
}

function byQuestion(chat: Chat, entries: readonly ChatEntry[], zone: ReturnType<typeof zoneOf>): string {
  // The plan's questions, and any number the feed saw beyond them (an "A7" in a 3-question chat),
  // so that every post has exactly one place here.
  const numbers = [...new Set([...chat.questions.map((_q, index) => index + 1), ...entries.flatMap((e) => (e.question === null ? [] : [e.question]))])].sort((a, b) => a - b);
  const sections = numbers.map((n) => {
    const text = chat.questions[n - 1]?.text;
    const heading = text === undefined ? `Q${n} (not in the plan)` : `Q${n} ${escapeHtml(text)}`;
    return `<section id="q${n}"><h3>${heading}</h3>${postList(
      entries.filter((e) => e.question === n),
      zone,
    )}</section>`;
  });
  const general = `<section id="general"><h3>General</h3>${postList(
    entries.filter((e) => e.question === null),
    zone,
  )}</section>`;
  return `<section id="by-question"><h2>By question</h2>${sections.join('\n')}\n${general}</section>`;
}

export function transcriptHtml(chat: Chat, entries: readonly ChatEntry[], report: ChatReport, zone: string): string {
  const where = zoneOf(zone);
  const starts = DateTime.fromISO(chat.startsAt, { zone: where }).setLocale('en-GB');
  const title = `${chat.hashtag} — ${chat.name} — ${starts.toFormat('d LLLL yyyy')}`;
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(dateTimeLabel(starts.toMillis(), where))}, planned for ${chat.durationMinutes} minutes. Times are in ${escapeHtml(where.name)}.</p></header>
${reportSection(report)}
${byQuestion(chat, entries, where)}
<section id="in-order"><h2>Every post in order</h2>${postList(entries, where)}</section>
</main></body></html>
`;
}
