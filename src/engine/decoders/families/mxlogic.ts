/** McAfee MXLogic: Exim-derived, "Included is a copy of the message header". */
import { family } from '../blocks';

export const mxlogic = family({
  name: 'mxlogic',
  detect: { headerValue: ['x-mxl-hash', 'x-mx-bounce', 'mxl_mta'], body: ['included is a copy of the message header'] },
  rules: {
    start: ['following address failed', 'following address(es) failed', 'could not be delivered to one or more'],
    end: ['included is a copy of the message header'],
  },
});
