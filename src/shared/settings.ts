// Settings the user chooses. Plain types and defaults here (the renderer imports them); the zod
// schema that guards the boundary is in settings-schema.ts.
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  theme: Theme;
  /** IANA zone used to schedule and display times. */
  timeZone: string;
  /** BCP 47 locale for formats. */
  locale: string;
}

/** Comms officers in the NHS work in London time with British formats unless they say otherwise. */
export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  timeZone: 'Europe/London',
  locale: 'en-GB',
};
