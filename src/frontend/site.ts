export const SITE_NAME = process.env.NEXT_PUBLIC_SITE_NAME || 'Health Library'
