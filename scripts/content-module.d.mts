/** The bundled text of one of the content script's ES modules; `entry` is relative to the project's root. */
export function buildContentModule(entry: string): Promise<string>;
/** As buildContentModule, for the overlay module: the property names it keeps to itself shortened (OVERLAY_OWN_PROPERTIES). */
export function buildOverlayModule(entry: string): Promise<string>;
/** The bundled text of the content script itself, a classic script; `entry` is relative to the project's root. */
export function buildContentScript(entry: string): Promise<string>;
