import { ApiProperty } from '@nestjs/swagger';
import { REFRESH_TOKEN_PATTERN } from '#libs/accounts';
import { ROLES, type Role } from '#libs/platform';
import { IsString, Matches } from 'class-validator';

export class RefreshTokenDto {
  @ApiProperty({ description: 'Il refresh token ricevuto dall’ultimo login o rinnovo (monouso)' })
  @IsString()
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'non è un refresh token' })
  refreshToken: string;
}

class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ format: 'uuid' })
  organisationId: string;
}

export class SessionTokensDto {
  @ApiProperty({ description: 'Da inviare come `Authorization: Bearer <token>`' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Secondi di validità del token di accesso', example: 300 })
  expiresIn: number;

  @ApiProperty({
    description:
      'Monouso: `POST /api/auth/refresh` lo scambia con una nuova coppia; riusarlo chiude la sessione',
  })
  refreshToken: string;

  @ApiProperty({ description: 'Quando la sessione finisce, comunque venga rinnovata' })
  refreshExpiresAt: Date;

  @ApiProperty({ type: SessionUserDto })
  user: SessionUserDto;
}

export class CurrentUserDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty({ enum: ROLES })
  role: Role;
}
