import { listingRoute } from '@/components/listing-route';

const route = listingRoute('tag', 'later');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
