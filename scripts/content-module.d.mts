/** The bundled text of one of the content script's ES modules; `entry` is relative to the project's root. */
export function buildContentModule(entry: string): Promise<string>;
/** The bundled text of the content script itself, a classic script; `entry` is relative to the project's root. */
export function buildOverlayModule(entry: string): Promise<string>;
export function buildContentScript(entry: string): Promise<string>;
