import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateNetworkDto {
  @ApiProperty({
    description: 'Il nome della rete, unico (per esempio "Consorzio Brianza Solidale")',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

export class NetworkMemberDto {
  @ApiProperty({ description: "L'organizzazione da aggiungere alla rete", format: 'uuid' })
  @IsUUID('all', { message: "l'identificativo dell'organizzazione non è valido" })
  organisationId: string;
}

export class NetworkCoordinatorDto {
  @ApiProperty({
    description: "L'organizzazione, già membro della rete, che la coordina",
    format: 'uuid',
  })
  @IsUUID('all', { message: "l'identificativo dell'organizzazione non è valido" })
  organisationId: string;
}
