import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A guard against a hang, not a measure: a lazily loaded route can take seconds to appear on a loaded two-core
// machine, past Testing Library's one-second default for findBy*/waitFor.
configure({ asyncUtilTimeout: 15_000 });
