// status-catalog: dds
import { Controller, HttpCode, HttpException, HttpStatus, Post } from '@nestjs/common';

@Controller('instances')
export class InstancesController {
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  create(name: string): void {
    if (name === 'taken') throw new HttpException('exists', HttpStatus.CONFLICT);
  }

  @Post('tea')
  brew(): never {
    throw new HttpException('odd', HttpStatus.I_AM_A_TEAPOT);
  }
}
