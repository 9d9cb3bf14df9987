// The upload with a progress bar. Without JavaScript the form posts as usual and the browser
// shows the results page when the server has imported everything.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var box = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-bar');
  var status = document.getElementById('upload-status');
  var button = document.getElementById('upload-submit');
  form.addEventListener('submit', function (event) {
    var chosen = Array.prototype.some.call(form.querySelectorAll('input[type=file]'),
      function (input) { return input.files && input.files.length > 0; });
    if (!chosen) {
      return; // the server says which field needs files, beside it
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      status.textContent = status.getAttribute('data-processing');
    });
    request.addEventListener('load', function () {
      // The server redirects to the results of the upload, which the browser then opens.
      if (request.status === 200 && request.responseURL.indexOf('batch=') >= 0) {
        window.location.assign(request.responseURL);
      } else {
        failed();
      }
    });
    request.addEventListener('error', failed);
    box.hidden = false;
    bar.value = 0;
    status.textContent = status.getAttribute('data-sending');
    button.disabled = true;
    request.send(new FormData(form));
  });
  function failed() {
    status.textContent = status.getAttribute('data-failed');
    button.disabled = false;
  }
});
