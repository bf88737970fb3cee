#pragma once

namespace jobdesk::server {

struct Services;

// Ends the offers whose acceptance window has closed, by the server clock: each
// becomes expired exactly once, its worker is told, and a job left without a
// pending offer returns to pending, flagged for an admin. Returns how many expired.
int expireDueOffers(Services &s);

} // namespace jobdesk::server
