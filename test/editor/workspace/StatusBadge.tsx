// status-catalog: css
// A badge for the Cloud Search Service cluster health page.

interface Props {
  status: number;
}

export function StatusBadge({ status }: Props) {
  if (status === 429) {
    return <span className="badge warn">Too many requests</span>;
  }
  return <span className="badge">{status}</span>;
}
