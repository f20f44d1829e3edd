import { SiteIndex } from '../sites/SiteIndex';

/** The sites whose readiness the user may open (every role reads readiness). */
export default function ReadinessIndex() {
  return <SiteIndex title="Readiness" page="readiness" />;
}
