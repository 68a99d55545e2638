/** DragonFly Mail Agent (DMA): "There was an error delivering your mail to <rcpt>." */
import { family } from '../blocks';

export const dragonfly = family({
  name: 'dragonfly',
  detect: { body: ['this is the dragonfly mail agent'] },
  rules: {
    recipient: [/error delivering your mail to <([^>]{3,254})>\.?(.*)$/i],
    lineStartAddress: false,
    end: ['message headers follow.'],
  },
});
