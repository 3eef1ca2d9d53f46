declare const organisationBrand: unique symbol;

/**
 * The id of the organisation a record belongs to. Repository methods for people's data take one, so
 * forgetting the tenant is a type error: a plain string is not an OrganisationId.
 */
export type OrganisationId = string & { readonly [organisationBrand]: true };

export function asOrganisationId(id: string): OrganisationId {
  return id as OrganisationId;
}
