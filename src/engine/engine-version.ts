/** Version of the engine's scoring; bumped on any change that can move a score. */
export const ENGINE_VERSION = 'waspada-engine/1.2.2';
