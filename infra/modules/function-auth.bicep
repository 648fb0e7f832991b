metadata description = 'Platform authentication (Entra ID) in front of the Function App: no token, no request.'

@description('Function App to protect.')
param appName string

@description('Application (client) ID of the Entra app registration that represents the DocScan API.')
@minLength(1)
param apiClientId string

@description('Client IDs of the applications allowed to call the API; empty allows any application of the tenant that gets a token for it.')
param allowedClientApplicationIds string[]

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

resource auth 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      // An API answers 401; a redirect to a login page would only confuse scripts and the reviewer site.
      unauthenticatedClientAction: 'Return401'
      // Event Grid cannot present an Entra token to this endpoint; it is protected by the
      // blobs_extension system key in its URL instead, and accepts only blob events.
      excludedPaths: [
        '/runtime/webhooks/blobs'
      ]
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: apiClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${apiClientId}'
            apiClientId
          ]
          defaultAuthorizationPolicy: empty(allowedClientApplicationIds)
            ? {}
            : {
                allowedApplications: allowedClientApplicationIds
              }
        }
      }
    }
    login: {
      // Tokens are not stored server side: the API is called with bearer tokens, there are no sessions.
      tokenStore: {
        enabled: false
      }
    }
  }
}
