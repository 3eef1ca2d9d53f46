/** The payload of a job that needs no data (a scheduled sweep): any field is refused. */
export class EmptyPayload {}
