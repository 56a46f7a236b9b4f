import * as migration_20261203_184622_initial from './20261203_184622_initial';
import * as migration_20261203_213448_media_visible_to_readers from './20261203_213448_media_visible_to_readers';
import * as migration_20261203_233703_vote_guards from './20261203_233703_vote_guards';
import * as migration_20261204_005831_organization_name_key from './20261204_005831_organization_name_key';
import * as migration_20261204_034630_reader_comments from './20261204_034630_reader_comments';
import * as migration_20261204_042906_site_settings from './20261204_042906_site_settings';
import * as migration_20261204_100528_pairing_aids from './20261204_100528_pairing_aids';
import * as migration_20261204_112711_case_library_listing from './20261204_112711_case_library_listing';
import * as migration_20261204_132044_dashboard_indexes from './20261204_132044_dashboard_indexes';
import * as migration_20261205_081211_case_votes_indexes from './20261205_081211_case_votes_indexes';
import * as migration_20261205_121251_case_votes_voter_first from './20261205_121251_case_votes_voter_first';

export const migrations = [
  {
    up: migration_20261203_184622_initial.up,
    down: migration_20261203_184622_initial.down,
    name: '20261203_184622_initial',
  },
  {
    up: migration_20261203_213448_media_visible_to_readers.up,
    down: migration_20261203_213448_media_visible_to_readers.down,
    name: '20261203_213448_media_visible_to_readers',
  },
  {
    up: migration_20261203_233703_vote_guards.up,
    down: migration_20261203_233703_vote_guards.down,
    name: '20261203_233703_vote_guards',
  },
  {
    up: migration_20261204_005831_organization_name_key.up,
    down: migration_20261204_005831_organization_name_key.down,
    name: '20261204_005831_organization_name_key',
  },
  {
    up: migration_20261204_034630_reader_comments.up,
    down: migration_20261204_034630_reader_comments.down,
    name: '20261204_034630_reader_comments',
  },
  {
    up: migration_20261204_042906_site_settings.up,
    down: migration_20261204_042906_site_settings.down,
    name: '20261204_042906_site_settings',
  },
  {
    up: migration_20261204_100528_pairing_aids.up,
    down: migration_20261204_100528_pairing_aids.down,
    name: '20261204_100528_pairing_aids',
  },
  {
    up: migration_20261204_112711_case_library_listing.up,
    down: migration_20261204_112711_case_library_listing.down,
    name: '20261204_112711_case_library_listing',
  },
  {
    up: migration_20261204_132044_dashboard_indexes.up,
    down: migration_20261204_132044_dashboard_indexes.down,
    name: '20261204_132044_dashboard_indexes',
  },
  {
    up: migration_20261205_081211_case_votes_indexes.up,
    down: migration_20261205_081211_case_votes_indexes.down,
    name: '20261205_081211_case_votes_indexes',
  },
  {
    up: migration_20261205_121251_case_votes_voter_first.up,
    down: migration_20261205_121251_case_votes_voter_first.down,
    name: '20261205_121251_case_votes_voter_first'
  },
];
