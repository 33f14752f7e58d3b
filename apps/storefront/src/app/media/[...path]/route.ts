import { mediaRoute } from '@shop/next-host/media';
import { gatewayUrl } from '@/lib/api';

/** Product pictures, the same for everyone: browsers and proxies may keep them an hour. */
export const GET = mediaRoute({ gatewayUrl, cacheControl: 'public, max-age=3600' });
