// MMOOMM's step before the page joins a world's room (the multiplayer runtime calls window.UNIVERSO_BEFORE_JOIN):
// the server gives the player their ship in that world (made on the first visit, beside the first station), which
// the room then lets them fly; its hold fills the HUD from the start. Added with the overlay to multiplayer apps.
(function () {
  'use strict';
  (window.UNIVERSO_BEFORE_JOIN = window.UNIVERSO_BEFORE_JOIN || []).push(function (ctx) {
    return fetch(ctx.api + '/mmoomm/ships', {
      method: 'POST', body: JSON.stringify({ worldId: ctx.worldId }),
      headers: { Authorization: 'Bearer ' + ctx.accessToken, 'Content-Type': 'application/json' }
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (ship) {
      var hold = ship && ship.components && ship.components['mmoomm.Cargo'];
      if (hold && ctx.game && ctx.game.state) {
        ctx.game.state.capacity = hold.data.capacityM3;
        ctx.game.state.cargo = Math.round(hold.data.usedM3 * 100) / 100;
      }
    });
  });
})();
