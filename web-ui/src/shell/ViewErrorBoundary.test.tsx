import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from './ViewErrorBoundary';

function Broken(): never {
  throw new Error('Element type is invalid');
}

describe('a view that fails to draw', () => {
  it('says so instead of blanking the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ViewErrorBoundary resetKey="/waves">
        <Broken />
      </ViewErrorBoundary>,
    );

    expect(screen.getByRole('heading', { name: 'This view could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Element type is invalid');
  });
});
