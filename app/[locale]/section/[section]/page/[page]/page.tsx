import { listingRoute } from '@/components/listing-route';

const route = listingRoute('section', 'later');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
