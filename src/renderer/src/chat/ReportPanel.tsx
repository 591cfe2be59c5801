// After the chat (or during it, so far): who took part, how much, per question, and the transcript
// as HTML or CSV, or copied as a blog fragment — from the local store, so it works offline. Hidden,
// muted, spam, abusive and deleted posts are left out of both unless the user includes them (marked).
import { useEffect, useState } from 'react';
import type { Chat, ChatExportFormat, ChatReport } from '../../../shared/chat';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { downloadText } from '../schedule/download-file';

interface ReportPanelProps {
  chat: Chat;
  /** Changes when new posts arrived, to read the report again. */
  version: number;
}

export function ReportPanel({ chat, version }: ReportPanelProps): React.JSX.Element {
  const [report, setReport] = useState<ChatReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [includeModerated, setIncludeModerated] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      getApi()
        .call('chat.report', { id: chat.id, includeModerated })
        .then((value) => !cancelled && setReport(value))
        .catch((cause: unknown) => !cancelled && setError(errorMessage(cause)));
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [chat.id, version, includeModerated]);

  const exportAs = (format: Exclude<ChatExportFormat, 'blog'>): void => {
    setBusy(true);
    getApi()
      .call('chat.export', { id: chat.id, format, includeModerated })
      .then(({ filename, mimeType, content }) => {
        downloadText(filename, content, mimeType);
        setStatus(`Saved ${filename}.`);
      })
      .catch((cause: unknown) => setStatus(`Could not export the transcript: ${errorMessage(cause)}`))
      .finally(() => setBusy(false));
  };

  const copyForBlog = (): void => {
    setBusy(true);
    getApi()
      .call('chat.export', { id: chat.id, format: 'blog', includeModerated })
      .then(({ content }) => navigator.clipboard.writeText(content))
      .then(() => setStatus('Copied.'))
      .catch((cause: unknown) => setStatus(`Could not copy the transcript: ${errorMessage(cause)}`))
      .finally(() => setBusy(false));
  };

  const leftOutTotal = report?.leftOut.reduce((sum, row) => sum + row.count, 0) ?? 0;

  return (
    <section className="chat-report" aria-labelledby="chat-report-heading" data-testid="chat-report">
      <header className="chat-report__header">
        <h2 id="chat-report-heading">{chat.state === 'ended' ? 'Report' : 'Report so far'}</h2>
        <div className="chats__actions">
          <button type="button" className="button" disabled={busy} onClick={() => exportAs('html')}>
            Export HTML
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" className="button" disabled={busy} onClick={copyForBlog}>
            Copy for a blog post
          </button>
        </div>
      </header>
      <label className="chat-report__option">
        <input type="checkbox" checked={includeModerated} onChange={(event) => setIncludeModerated(event.target.checked)} /> Include moderated posts (marked)
      </label>
      <p className="chats__status" role="status">
        {status}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {report && leftOutTotal > 0 && (
        <p className="hint" data-testid="chat-report-left-out">
          {report.includesModerated ? `${leftOutTotal} moderated ${leftOutTotal === 1 ? 'post' : 'posts'} included and marked: ` : `${leftOutTotal} ${leftOutTotal === 1 ? 'post' : 'posts'} left out: `}
          {report.leftOut.map((row) => `${row.count} ${row.reason}`).join(', ')}.
        </p>
      )}
      {report && (
        <div className="chat-report__body">
          <dl className="report-figures">
            <div>
              <dt>Participants</dt>
              <dd>{report.participants}</dd>
            </div>
            <div>
              <dt>Posts</dt>
              <dd>{report.posts}</dd>
            </div>
            <div>
              <dt>Answers</dt>
              <dd>{report.answers}</dd>
            </div>
            <div>
              <dt>Replies</dt>
              <dd>{report.replies}</dd>
            </div>
          </dl>
          <table className="report-table">
            <caption>Per question</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answers</th>
                <th scope="col">Replies</th>
              </tr>
            </thead>
            <tbody>
              {report.perQuestion.map((question) => (
                <tr key={question.number}>
                  <th scope="row">
                    Q{question.number} <span className="report-table__text">{question.text}</span>
                  </th>
                  <td>{question.answers}</td>
                  <td>{question.replies}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-top">
            <h3>Most active</h3>
            {report.topContributors.length === 0 ? (
              <p className="hint">Nobody yet.</p>
            ) : (
              <ol>
                {report.topContributors.map((person) => (
                  <li key={person.handle}>
                    {person.displayName} <span className="item__handle">@{person.handle}</span> — {person.posts} {person.posts === 1 ? 'post' : 'posts'}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
