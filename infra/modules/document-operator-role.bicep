metadata description = 'Custom role for the application on the document account: what the scanner needs, and none of what ransomware would need to make a loss permanent.'

// Why not a built-in role:
// - Storage Blob Data Contributor cannot read or write blob index tags, which DocScan uses to mark
//   a document's verdict and rules version.
// - Storage Blob Data Owner (blobs/*) can also delete previous versions, permanently delete
//   soft-deleted blobs and bypass immutability: an attacker holding the app's identity could then
//   destroy exactly what versioning and soft delete keep for recovery (seed case 5).
// This role is Contributor plus tags, minus container deletion.

@description('GUID that names the role definition; the assignments refer to it.')
param roleDefinitionName string

var roleName = 'DocScan Document Operator (${uniqueString(resourceGroup().id)})'

resource role 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: roleDefinitionName
  properties: {
    roleName: roleName
    description: 'Read, write, delete, tag and find blobs by tag; cannot delete versions, purge soft-deleted data, bypass immutability or delete containers.'
    type: 'customRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: [
          'Microsoft.Storage/storageAccounts/blobServices/containers/read'
          'Microsoft.Storage/storageAccounts/blobServices/containers/write'
        ]
        notActions: []
        dataActions: [
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/read'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write'
          // Find Blobs by Tags: the sweep finds reports judged by older rules through their docscan-rules tag.
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/filter/action'
        ]
        notDataActions: []
      }
    ]
  }
}

output roleName string = role.properties.roleName
