import type { ReactNode } from 'react';

// Small line icons drawn for the toolbar; decorative, since every button carries an aria-label.
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5l3-3M7.5 4.5l1-1a2.5 2.5 0 0 1 3.5 3.5l-1 1M8.5 11.5l-1 1A2.5 2.5 0 0 1 4 9l1-1" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <circle className="icon-fill" cx="3" cy="4" r="1.2" />
    <circle className="icon-fill" cx="3" cy="8" r="1.2" />
    <circle className="icon-fill" cx="3" cy="12" r="1.2" />
    <path d="M6.5 4H14M6.5 8H14M6.5 12H14" />
  </Icon>
);

export const NumberListIcon = () => (
  <Icon>
    <path d="M2.5 2.5h1v3M2.5 7.5h1.6l-1.6 2h1.6M2.5 11.5h1.6l-0.8 1 0.8 1H2.5M6.5 4H14M6.5 8H14M6.5 12H14" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3.5L2.5 6.5l3 3M2.5 6.5h7a3.5 3.5 0 0 1 0 7H7" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M10.5 3.5l3 3-3 3M13.5 6.5h-7a3.5 3.5 0 0 0 0 7H9" />
  </Icon>
);
