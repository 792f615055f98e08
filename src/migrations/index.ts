import * as migration_20261125_075036_schema from './20261125_075036_schema';
import * as migration_20261125_080056_schema from './20261125_080056_schema';
import * as migration_20261125_082732_schema from './20261125_082732_schema';

export const migrations = [
  {
    up: migration_20261125_075036_schema.up,
    down: migration_20261125_075036_schema.down,
    name: '20261125_075036_schema',
  },
  {
    up: migration_20261125_080056_schema.up,
    down: migration_20261125_080056_schema.down,
    name: '20261125_080056_schema',
  },
  {
    up: migration_20261125_082732_schema.up,
    down: migration_20261125_082732_schema.down,
    name: '20261125_082732_schema'
  },
];
