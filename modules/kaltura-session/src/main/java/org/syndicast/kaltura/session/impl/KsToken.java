package org.syndicast.kaltura.session.impl;

import org.syndicast.kaltura.session.SessionType;

/**
 * What a KS carries.
 *
 * @param partnerId  the partner
 * @param type       USER or ADMIN
 * @param expires    epoch seconds after which it no longer works
 * @param id         16 random base64url characters: the session's id, which {@code session.end} records
 * @param userId     the user id, possibly empty
 * @param privileges the privileges text, possibly empty
 * @param secretTag  12 base64url characters binding the KS to the partner's organization and to the secret
 *                   that started it (see {@link KsFormat#secretTag})
 */
record KsToken(int partnerId, SessionType type, long expires, String id, String userId, String privileges,
        String secretTag) {
}
