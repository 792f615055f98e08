// Replaced by `payload migrate:create` (scripts/generate.ts); empty until the first migration exists.
export const migrations: { name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }[] = []
