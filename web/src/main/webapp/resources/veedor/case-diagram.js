// Draws a case's lifecycle with bpmn-js (served by Veedor) and marks the steps done and current.
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('case-diagram');
  var data = document.getElementById('case-diagram-data');
  if (!container || !data || typeof BpmnJS === 'undefined') {
    return;
  }
  // the page carries the drawing (GET /api/complaints/{reference}/diagram serves the same)
  Promise.resolve(data.textContent)
    .then(function (text) {
      return JSON.parse(text);
    })
    .then(function (diagram) {
      var viewer = new BpmnJS({ container: container });
      return viewer.importXML(diagram.xml).then(function () {
        var canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport');
        // an id the drawing does not know (an engine-internal scope) is left unmarked
        var mark = function (id, marker) { try { canvas.addMarker(id, marker); } catch (e) { } };
        diagram.completed.forEach(function (id) { mark(id, 'veedor-step-done'); });
        diagram.active.forEach(function (id) { mark(id, 'veedor-step-current'); });
        container.setAttribute('data-current', diagram.active.join(' '));
      });
    })
    .catch(function () {
      container.classList.add('veedor-diagram-missing');
    });
});
