import { field } from '../../lib/forms';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Done, ErrorNotice } from '../../components/states';
import { graphql } from '../../gql';
import type { ReportReason } from '../../gql/graphql';

const ReportContent = graphql(`
  mutation ReportContent($input: ReportInput!) {
    reportContent(input: $input) {
      id
      status
    }
  }
`);

const REASONS: [ReportReason, string][] = [
  ['PHI_SUSPECTED', 'It may identify a patient'],
  ['MISINFORMATION', 'Misleading medical information'],
  ['UNPROFESSIONAL', 'Unprofessional'],
  ['SPAM', 'Spam or advertising'],
  ['OTHER', 'Something else'],
];

export function ReportButton({ target }: { target: { caseId?: string; replyId?: string } }) {
  const [open, setOpen] = useState(false);
  const [result, report] = useMutation(ReportContent);
  const id = `report-${target.caseId ?? target.replyId}`;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = field(form, 'note').trim();
    await report({ input: { ...target, reason: field(form, 'reason') as ReportReason, note: note || null } });
  }
  if (result.data) return <Done>Thank you. An administrator will look at it.</Done>;
  return (
    <>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        Report
      </button>
      {open && (
        <form onSubmit={(e) => void submit(e)} className="card report">
          <label htmlFor={`${id}-reason`}>Why are you reporting this?</label>
          <select id={`${id}-reason`} name="reason" defaultValue="PHI_SUSPECTED">
            {REASONS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>Note for the administrator (optional)</label>
          <textarea id={`${id}-note`} name="note" rows={2} />
          {result.error && <ErrorNotice error={result.error} />}
          <button type="submit" disabled={result.fetching}>
            Send report
          </button>
        </form>
      )}
    </>
  );
}
