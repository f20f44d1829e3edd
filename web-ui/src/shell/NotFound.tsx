import { Link } from 'react-router';

export function NotFound() {
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/portfolio">Go to the portfolio</Link>.
      </p>
    </section>
  );
}
