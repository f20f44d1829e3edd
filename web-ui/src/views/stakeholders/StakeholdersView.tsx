import { Link, useParams } from 'react-router';
import { StakeholderPage } from './StakeholderPage';

/** A site's stakeholders and communications (`/rollouts/:id/stakeholders`). */
export default function StakeholdersView() {
  const rolloutId = useParams().id ?? '';
  return (
    <StakeholderPage key={rolloutId} scope={{ kind: 'rollout', id: rolloutId }}
      title={(rollouts) => `Stakeholders${rollouts[0]?.siteName ? `: ${rollouts[0].siteName}` : ''}`}>
      <p>
        <Link to="/stakeholders">All sites and the program</Link> · <Link to={`/rollouts/${encodeURIComponent(rolloutId)}/audit`}>Audit trail</Link>
      </p>
    </StakeholderPage>
  );
}
