/** Stored with every verdict, so a re-screen can tell which comments an older engine judged. */
export const ENGINE_VERSION = 'screen-1.13.1'
