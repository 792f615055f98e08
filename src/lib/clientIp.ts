/**
 * The Express server resolves the client's address (honouring TRUST_PROXY) and hands it to Payload in
 * this header, after deleting any copy the client sent, so hooks never trust a forged value.
 */
export const CLIENT_IP_HEADER = 'x-cms-client-ip'
