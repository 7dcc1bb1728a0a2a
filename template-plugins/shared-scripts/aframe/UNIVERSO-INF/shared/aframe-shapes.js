/* Universo Platformo: the shapes of the A-Frame templates (aframe-core, arjs-core), one for both. */
(function () {
  'use strict';
  /*
   * Unit primitives, 1 m across as PlayCanvas draws them and the server sizes bodies: the creator's scale is the size.
   * A-Frame doubles radiusTubular (THREE's tube is twice it): 0.1 gives PlayCanvas's 0.2 tube on a 0.3 ring.
   */
  var shapes = {
    box: { primitive: 'box', width: 1, height: 1, depth: 1 },
    sphere: { primitive: 'sphere', radius: 0.5 },
    cylinder: { primitive: 'cylinder', radius: 0.5, height: 1 },
    cone: { primitive: 'cone', radiusBottom: 0.5, radiusTop: 0, height: 1 },
    torus: { primitive: 'torus', radius: 0.3, radiusTubular: 0.1 },
    capsule: { primitive: 'cylinder', radius: 0.5, height: 2 },   /* A-Frame has no capsule: PlayCanvas's is 2 m long */
    plane: { primitive: 'plane', width: 1, height: 1 }
  };
  /* A-Frame's torus stands in XY; PlayCanvas's and the server's ring lies in XZ: a child turned about X carries it. */
  function shape(entity, e) {
    var body = entity;
    if (e.primitive === 'torus') {
      body = document.createElement('a-entity');
      body.setAttribute('rotation', { x: 90, y: 0, z: 0 });
      entity.appendChild(body);
    }
    body.setAttribute('geometry', shapes[e.primitive] || shapes.box);
    body.setAttribute('material', { color: e.color });
  }
  window.UniversoAframe = { shapes: shapes, shape: shape };
})();
