// MMOOMM event feed: the mmoomm-content overlay adds it to playcanvas-mmoomm apps published in multiplayer mode. It
// lists the latest events the server sends this player (hits, kills, mining yields, trades) over the scene. It
// follows the connection the multiplayer runtime exposes (window.UNIVERSO_NET), also after a reconnection, and
// writes text only (ids come from other players, never as HTML). window.MMOOMM_FEED.lines() reads the list.
(function () {
  'use strict';
  var MAX_LINES = 6;
  var kg = function (n) { return Math.round(n) + ' kg'; };
  var describe = {
    'combat.hit': function (p) {
      return 'Hit ' + p.targetId + ': ' + Math.round(p.damage) + ' ' + p.damageType + ' on ' + p.layer;
    },
    'combat.destroyed': function (p) { return p.entityId + ' destroyed by ' + p.killerId; },
    'mmoomm.mining.yield': function (p) {
      return 'Mined ' + kg(p.massKg) + ' of ' + p.materialId + ' (hold ' + p.cargoUsedM3.toFixed(1) + ' m3)';
    },
    'trading.order.placed': function (p) {
      return 'Order: ' + p.type + ' ' + kg(p.quantityKg) + ' of ' + p.materialId + ' at ' + p.priceInmo + ' Inmo/kg';
    },
    'trading.order.cancelled': function (p) { return 'Order cancelled: ' + p.orderId; },
    'trading.order.filled': function (p) {
      return 'Traded ' + kg(p.quantityKg) + ' of ' + p.materialId + ' at ' + p.priceInmo + ' Inmo/kg';
    },
    'mmoomm.gate.jump': function (p) { return p.entityId + ' jumped to ' + p.toWorldId; },
    'mmoomm.station.docked': function (p) { return 'Docked at ' + p.stationId; },
    'mmoomm.station.sold': function (p) {
      return 'Sold ' + kg(p.massKg) + ' for ' + (p.inmo / 100).toFixed(2) + ' Inmo (balance '
        + (p.balanceInmo / 100).toFixed(2) + ')';
    },
    'mmoomm.action.refused': function (p) { return 'Cannot ' + p.action + ': ' + p.message; }
  };
  var lines = [];
  var list = null;

  function show(text) {
    lines.push(text);
    if (lines.length > MAX_LINES) lines.shift();
    if (!list) {
      list = document.createElement('ul');
      list.id = 'mmoomm-events';
      list.style.cssText = 'position:fixed;right:8px;bottom:8px;margin:0;padding:6px 10px;list-style:none;'
        + 'font:12px sans-serif;color:#dfe;background:rgba(0,0,0,.55);pointer-events:none;max-width:45%';
      document.body.appendChild(list);
    }
    while (list.firstChild) list.removeChild(list.firstChild);
    lines.forEach(function (l) {
      var item = document.createElement('li');
      item.textContent = l;
      list.appendChild(item);
    });
  }

  var attached = null;
  function follow() {
    var net = window.UNIVERSO_NET;
    var client = net && net.client;
    if (client && client !== attached) {
      attached = client;
      client.on('event', function (e) {
        var text = describe[e.topic];
        if (text) {
          try { show(text(e.payload || {})); } catch (err) { show(e.topic); }
        }
      });
    }
  }

  window.MMOOMM_FEED = { show: show, lines: function () { return lines.slice(); } };
  follow();
  setInterval(follow, 500);
})();
