import { NestFactory } from '@nestjs/core';
import {
  CreateOrganisationUseCase,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '#libs/accounts';
import { type AppConfig, ConfigModule } from '#libs/platform';
import { CliModule } from '../cli.module.js';

/**
 * The first account of a fresh install: an organisation and its administrator. The password comes
 * from INCROCIO_ADMIN_PASSWORD (not from the command line, which other users of the machine can see).
 */
export async function createAdmin(
  config: AppConfig,
  options: { organisation?: string; kind?: string; email?: string; name?: string },
) {
  const password = process.env.INCROCIO_ADMIN_PASSWORD;
  const kind = (options.kind ?? 'CONSORTIUM') as OrganisationKind;
  const problems = [
    !options.organisation && '--organisation è obbligatorio',
    !options.email && '--email è obbligatorio',
    !ORGANISATION_KINDS.includes(kind) &&
      `--kind deve essere uno tra ${ORGANISATION_KINDS.join(', ')}`,
    (!password || password.length < 12) &&
      'INCROCIO_ADMIN_PASSWORD deve contenere una password di almeno 12 caratteri',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(problems.join('\n'));

  const app = await NestFactory.createApplicationContext(
    { module: class CliRoot {}, imports: [ConfigModule.forRoot(config), CliModule] },
    { logger: ['error'] },
  );
  try {
    const { organisation, admin } = await app.get(CreateOrganisationUseCase).execute({
      name: options.organisation!,
      kind,
      admin: {
        email: options.email!,
        displayName: options.name ?? 'Amministratore',
        password: password!,
      },
    });
    console.log(
      `Creata l'organizzazione "${organisation.name}" (${organisation.id}) con l'amministratore ${admin.email}.`,
    );
  } finally {
    await app.close();
  }
}
