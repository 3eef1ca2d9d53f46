/** Every BullMQ queue of Incrocio. The API only enqueues; processors live in apps/worker. */
export const QUEUES = {
  matching: 'matching',
  searchSync: 'search-sync',
  bulletin: 'bulletin',
  bulletinDelivery: 'bulletin-delivery',
  maintenance: 'maintenance',
  imports: 'imports',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES = Object.values(QUEUES) as QueueName[];
