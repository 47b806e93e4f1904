/** Small public types of the element, kept apart from the views and the engine. */

/** What a signature, the countersign or a correction asks the portal's identity check. */
export type SignerRole = 'outgoing' | 'incoming' | 'countersign' | 'amend';

/** The views of the panel, in navigation order. */
export const VIEWS = ['handover', 'countersign', 'history', 'keys'] as const;
export type ViewName = (typeof VIEWS)[number];
