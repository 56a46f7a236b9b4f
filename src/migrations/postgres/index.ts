import * as migration_20261204_000815_initial from './20261204_000815_initial';
import * as migration_20261204_005821_organization_name_key from './20261204_005821_organization_name_key';
import * as migration_20261204_034828_reader_comments from './20261204_034828_reader_comments';
import * as migration_20261204_043812_site_settings from './20261204_043812_site_settings';
import * as migration_20261204_100535_pairing_aids from './20261204_100535_pairing_aids';
import * as migration_20261204_112738_case_library_listing from './20261204_112738_case_library_listing';
import * as migration_20261204_142100_dashboard_indexes from './20261204_142100_dashboard_indexes';
import * as migration_20261205_081226_case_votes_indexes from './20261205_081226_case_votes_indexes';
import * as migration_20261205_081748_search_pairing_aids from './20261205_081748_search_pairing_aids';
import * as migration_20261205_121256_case_votes_voter_first from './20261205_121256_case_votes_voter_first';

export const migrations = [
  {
    up: migration_20261204_000815_initial.up,
    down: migration_20261204_000815_initial.down,
    name: '20261204_000815_initial',
  },
  {
    up: migration_20261204_005821_organization_name_key.up,
    down: migration_20261204_005821_organization_name_key.down,
    name: '20261204_005821_organization_name_key',
  },
  {
    up: migration_20261204_034828_reader_comments.up,
    down: migration_20261204_034828_reader_comments.down,
    name: '20261204_034828_reader_comments',
  },
  {
    up: migration_20261204_043812_site_settings.up,
    down: migration_20261204_043812_site_settings.down,
    name: '20261204_043812_site_settings',
  },
  {
    up: migration_20261204_100535_pairing_aids.up,
    down: migration_20261204_100535_pairing_aids.down,
    name: '20261204_100535_pairing_aids',
  },
  {
    up: migration_20261204_112738_case_library_listing.up,
    down: migration_20261204_112738_case_library_listing.down,
    name: '20261204_112738_case_library_listing',
  },
  {
    up: migration_20261204_142100_dashboard_indexes.up,
    down: migration_20261204_142100_dashboard_indexes.down,
    name: '20261204_142100_dashboard_indexes',
  },
  {
    up: migration_20261205_081226_case_votes_indexes.up,
    down: migration_20261205_081226_case_votes_indexes.down,
    name: '20261205_081226_case_votes_indexes',
  },
  {
    up: migration_20261205_081748_search_pairing_aids.up,
    down: migration_20261205_081748_search_pairing_aids.down,
    name: '20261205_081748_search_pairing_aids',
  },
  {
    up: migration_20261205_121256_case_votes_voter_first.up,
    down: migration_20261205_121256_case_votes_voter_first.down,
    name: '20261205_121256_case_votes_voter_first'
  },
];
