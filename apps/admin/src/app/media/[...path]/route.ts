import { mediaRoute } from '@shop/next-host/media';
import { gatewayUrl } from '@/lib/api';

/** Product pictures behind the staff sign-in: kept by the browser only, and not for long. */
export const GET = mediaRoute({ gatewayUrl, cacheControl: 'private, max-age=300' });
