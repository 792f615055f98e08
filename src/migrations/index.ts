import * as migration_20261125_044656_schema from './20261125_044656_schema';

export const migrations = [
  {
    up: migration_20261125_044656_schema.up,
    down: migration_20261125_044656_schema.down,
    name: '20261125_044656_schema'
  },
];
