/**
 * The explorer's layout: seeded positions settled by ForceAtlas2, and newcomers placed beside their
 * links. Shared with the server's exports (server/model/layout.ts), so that an exported file that
 * is given no positions opens with the explorer's first map.
 */

export { hashString, initialLayout, layoutIterations, layoutSettings, placeNewcomer, seededPosition, SETTLE_BEFORE_FIRST_FRAME_UP_TO } from '#model/layout';
